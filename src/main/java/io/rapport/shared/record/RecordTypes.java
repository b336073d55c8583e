package io.rapport.shared.record;

import io.rapport.shared.InvalidInputException;
import io.rapport.shared.RecordAccess;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every record type the application's modules declare ({@link RecordType} beans), and who may see one record of
 * each ({@link RecordAccess} beans). Read lazily: the modules that read it (identity, custom fields) are the ones
 * the record modules are built on, so it must not need the record modules' beans while they are being made.
 */
@Component
public class RecordTypes {

    private final ObjectProvider<RecordType> declared;
    private final ObjectProvider<RecordAccess> accesses;
    private volatile Registered registered;

    private record Registered(
            Map<String, RecordType> byName, Map<String, RecordType> byListPath, Map<String, RecordAccess> access) {}

    RecordTypes(ObjectProvider<RecordType> declared, ObjectProvider<RecordAccess> accesses) {
        this.declared = declared;
        this.accesses = accesses;
    }

    /** Every type, in the order they are registered (a type's bean may carry {@code @Order}). */
    public List<RecordType> all() {
        return List.copyOf(registered().byName().values());
    }

    /** The types that take part in a shared part. */
    public List<RecordType> with(RecordType.Feature feature) {
        return all().stream().filter(type -> type.has(feature)).toList();
    }

    /** The first registered type: what an import or export that names no type is for. */
    public RecordType first() {
        return all().get(0);
    }

    /** The first registered type taking part in a shared part: what a request that names no type means. */
    public RecordType first(RecordType.Feature feature) {
        return with(feature).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no record type with " + feature));
    }

    public Optional<RecordType> find(String name) {
        return Optional.ofNullable(name).map(registered().byName()::get);
    }

    /** The type of that name taking part in that shared part; otherwise a field problem naming the known ones. */
    public RecordType require(String field, String name, RecordType.Feature feature) {
        return find(name)
                .filter(type -> type.has(feature))
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "must be one of "
                                + with(feature).stream().map(RecordType::name).collect(Collectors.joining(", "))));
    }

    /** The type whose list is at {@code /<listPath>}. */
    public Optional<RecordType> byListPath(String listPath) {
        return Optional.ofNullable(listPath).map(registered().byListPath()::get);
    }

    /** Whether the signed-in user may see this record; a type without a {@link RecordAccess} shows nothing. */
    public boolean isVisible(String recordType, UUID id) {
        RecordAccess access = registered().access().get(recordType);
        return access != null && access.isVisible(id);
    }

    private Registered registered() {
        Registered current = registered;
        if (current == null) {
            // Bean definitions are fixed once the context is up: computing this twice in a race gives the same.
            List<RecordType> types = declared.orderedStream().toList();
            Map<String, RecordAccess> access = new LinkedHashMap<>();
            accesses.orderedStream().forEach(each -> access.putIfAbsent(each.recordType(), each));
            current = new Registered(
                    index(types, RecordType::name), index(types, RecordType::listPath), Map.copyOf(access));
            registered = current;
        }
        return current;
    }

    private static Map<String, RecordType> index(Collection<RecordType> types, Function<RecordType, String> key) {
        Map<String, RecordType> index = new LinkedHashMap<>();
        for (RecordType type : types) {
            if (index.put(key.apply(type), type) != null) {
                throw new IllegalStateException("two record types declare " + key.apply(type));
            }
        }
        return index;
    }
}
