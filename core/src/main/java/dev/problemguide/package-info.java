/**
 * The RFC 9457 problem details model and the API Status Code Guide it takes its texts from.
 *
 * <ul>
 *   <li>{@link dev.problemguide.Problem} is the immutable problem details object of RFC 9457 section 3,
 *       built with {@link dev.problemguide.Problem#builder()};</li>
 *   <li>{@link dev.problemguide.ProblemException} carries a problem through the control flow of an
 *       application;</li>
 *   <li>{@link dev.problemguide.StatusGuide} is the catalog of HTTP status codes with the guide's names
 *       and descriptions;</li>
 *   <li>{@link dev.problemguide.ProblemMapping} and {@link dev.problemguide.ProblemExtension} map an
 *       application's exception classes to problems declaratively;</li>
 *   <li>{@link dev.problemguide.ProblemFactory} fills a problem's {@code title} and {@code detail} from
 *       {@link dev.problemguide.StatusTextSource}s, the guide being the last one.</li>
 * </ul>
 *
 * <p>Nothing in this package depends on a web framework or a JSON library.
 */
package dev.problemguide;
