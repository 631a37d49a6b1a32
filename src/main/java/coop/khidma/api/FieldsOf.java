package coop.khidma.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Which form a resource method reads, so a broken rule is reported against that form's field. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FieldsOf {

    /** The forms of the API. */
    enum Form {
        REQUEST, APPLICATION, TRACKING, RATING, CODE_RATING, SUGGESTION, ARTICLES
    }

    Form value();
}
