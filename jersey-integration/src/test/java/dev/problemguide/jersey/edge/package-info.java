/** The container guards over real HTTP: what each container answers before or outside Jersey. */
package dev.problemguide.jersey.edge;
