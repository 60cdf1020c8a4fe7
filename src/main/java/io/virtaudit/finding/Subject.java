package io.virtaudit.finding;

import io.virtaudit.model.EstateObject;
import io.virtaudit.model.SubjectType;

/** What a finding is about: the object's type, id (what waivers and baselines name) and name. */
public record Subject(SubjectType type, String id, String name) {

    /** The subject of findings about the estate as a whole (DAT-001). */
    public static final Subject ESTATE = new Subject(SubjectType.ESTATE, "estate", "estate");

    public static Subject of(EstateObject object) {
        return new Subject(object.subjectType(), object.subjectId(), object.displayName());
    }
}
