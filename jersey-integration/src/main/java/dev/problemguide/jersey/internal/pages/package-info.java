/**
 * The problem type pages: what they show of the catalog of problem types ({@code PageCatalog}), their HTML and
 * JSON forms, the resources that serve them ({@code TypePagesProcessor}) and the files the generator writes.
 */
package dev.problemguide.jersey.internal.pages;
