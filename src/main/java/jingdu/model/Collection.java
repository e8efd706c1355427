package jingdu.model;

/** A named group of speeches (合集), e.g. "2024 汛期" or "省级讲话". */
public record Collection(long id, String name) {
}
