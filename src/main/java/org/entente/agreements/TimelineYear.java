package org.entente.agreements;

/** A year on the timeline's ruler, and how many lines it holds. */
public record TimelineYear(int year, int count) {}
