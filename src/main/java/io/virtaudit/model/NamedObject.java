package io.virtaudit.model;

/**
 * An estate object with an id and an optional name of its own (every collection but multipath
 * entries and VLANs): its subject id is its id and it is shown by its name, else its id, so the
 * six records that are such objects do not each spell that out.
 */
public sealed interface NamedObject extends EstateObject permits Cluster, Host, Vm, Lun, PortGroup, Manager {

    String id();

    String name();

    @Override
    default String subjectId() {
        return id();
    }

    @Override
    default String displayName() {
        return name() != null ? name() : id();
    }
}
