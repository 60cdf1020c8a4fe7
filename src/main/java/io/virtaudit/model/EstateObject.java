package io.virtaudit.model;

/** An object of the estate that a finding can name as its subject. */
public sealed interface EstateObject permits NamedObject, MultipathConfig, Vlan {

    SubjectType subjectType();

    /** The id a waiver or baseline uses: {@code HOST:LUN} for multipath, the number for a VLAN. */
    String subjectId();

    /** The name shown to people; defaults to the id. */
    String displayName();
}
