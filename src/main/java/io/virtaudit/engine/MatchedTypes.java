package io.virtaudit.engine;

import java.util.List;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.kie.api.KieBase;

/** The fact types the patterns of a KieBase can match: those of its object type nodes, and their subtypes. */
final class MatchedTypes {

    /** The types of the object type nodes; null when the KieBase does not show them (then every type matches). */
    private final List<ObjectType> types;

    private MatchedTypes(List<ObjectType> types) {
        this.types = types;
    }

    static MatchedTypes of(KieBase kieBase) {
        return new MatchedTypes(kieBase instanceof InternalRuleBase base
                ? List.copyOf(base.getRete().getObjectTypeNodes(EntryPointId.DEFAULT).keySet()) : null);
    }

    /** Whether some pattern can match a fact of this class. */
    boolean matches(Class<?> type) {
        return types == null || types.stream().anyMatch(t -> t.isAssignableFrom(type));
    }
}
