package coop.khidma.knowledge.boundary;

/** An article as the staff member saw it: a change over someone else's newer edit is refused. */
public record ArticleRef(String code, long version) {
}
