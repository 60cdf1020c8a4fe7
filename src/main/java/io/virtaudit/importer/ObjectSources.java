package io.virtaudit.importer;

import io.virtaudit.model.Estate.SubjectKey;
import io.virtaudit.model.SourceRef;
import io.virtaudit.model.SubjectType;
import java.util.AbstractMap;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The source of every object of an assembled estate, as the map {@code Estate.sources()} is: kept
 * per subject type by id, as the duplicate-id check builds it, so that no key object and no second
 * entry is made per object. Read-only.
 */
final class ObjectSources extends AbstractMap<SubjectKey, SourceRef> {

    private final Map<SubjectType, Map<String, SourceRef>> byType = new EnumMap<>(SubjectType.class);

    /** Adds the objects of one subject type: id to source. */
    void add(SubjectType type, Map<String, SourceRef> sources) {
        byType.put(type, sources);
    }

    @Override
    public SourceRef get(Object key) {
        if (!(key instanceof SubjectKey subject)) {
            return null;
        }
        Map<String, SourceRef> sources = byType.get(subject.type());
        return sources == null ? null : sources.get(subject.id());
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return byType.values().stream().mapToInt(Map::size).sum();
    }

    @Override
    public Set<Entry<SubjectKey, SourceRef>> entrySet() {
        Set<Entry<SubjectKey, SourceRef>> entries = new LinkedHashSet<>();
        byType.forEach((type, sources) -> sources.forEach((id, ref) ->
                entries.add(Map.entry(new SubjectKey(type, id), ref))));
        return java.util.Collections.unmodifiableSet(entries);
    }
}
