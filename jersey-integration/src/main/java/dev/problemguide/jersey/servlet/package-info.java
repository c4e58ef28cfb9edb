/**
 * Optional Servlet support: {@link dev.problemguide.jersey.servlet.ProblemErrorServlet}, the error page that
 * answers with an RFC 9457 {@code application/problem+json} body what the servlet container answers itself, outside
 * Jersey (a path no servlet is mapped to, a method the container refuses, an exception from a filter). A WAR gets it
 * with no set-up, from the jar's {@code META-INF/web-fragment.xml}; embedded Tomcat with
 * {@link dev.problemguide.jersey.tomcat.ProblemTomcat#install}. Needs the Servlet 6.0 API (Tomcat 10.1, Jakarta EE
 * 10) or later, which the container provides. On the class path, as web applications run, any container's
 * Servlet API serves; on the module path the module reads the Servlet API from Tomcat's module
 * ({@code org.apache.tomcat.embed.core}) only, so there the servlet needs embedded Tomcat.
 */
package dev.problemguide.jersey.servlet;
