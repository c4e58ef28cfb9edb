/**
 * Optional Tomcat support: a problem instead of Tomcat's HTML page for every error Tomcat answers itself, both the
 * ones a web application's error page sees (through {@link dev.problemguide.jersey.servlet.ProblemErrorServlet}) and
 * the ones answered before any application is chosen, such as a request URI that cannot be decoded (through
 * {@link dev.problemguide.jersey.tomcat.ProblemErrorReportValve}). {@link dev.problemguide.jersey.tomcat.ProblemTomcat}
 * sets both up in embedded Tomcat in one line. Works on Tomcat 10.1 and 11, which the application provides.
 */
package dev.problemguide.jersey.tomcat;
