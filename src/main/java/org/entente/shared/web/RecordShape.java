package org.entente.shared.web;

import jakarta.servlet.http.Part;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.Nullness;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * What Spring's constructor binding asks of a record's constructor, asked once per record type: the
 * constructor, each parameter's name (or its {@code @BindParam}), type, type descriptor (the
 * parameter's and its field's annotations, as {@code MethodParameter.forFieldAwareConstructor} merges
 * them, for {@code @DateTimeFormat} and the like), whether it is {@code @Nullable}, and the shape of a
 * nested record. Spring's {@code DataBinder.construct} builds these from the constructor on every
 * request, and the JDK parses the parameters' annotations anew for each question (see {@link
 * RecordArguments}).
 *
 * <p>Only what the binder does with plain values and nested records is described: a record with a
 * list, set, map, array, {@link Optional}, file or a nested class that is not a record has no shape,
 * and Spring binds it as before.
 */
record RecordShape(Class<?> type, Constructor<?> constructor, List<Component> components) {

    /** One constructor parameter; {@code nested} is set when Spring would construct it from {@code name.x}. */
    record Component(
            String name,
            String parameterName,
            Class<?> type,
            TypeDescriptor descriptor,
            boolean nullable,
            @Nullable RecordShape nested) {}

    /** The shape of {@code type}, or empty when Spring's own binding must do it. */
    static Optional<RecordShape> of(Class<?> type) {
        return Optional.ofNullable(of(type, new HashSet<>()));
    }

    private static @Nullable RecordShape of(Class<?> type, Set<Class<?>> visiting) {
        if (!type.isRecord() || !visiting.add(type)) {
            return null;
        }
        try {
            Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
            @Nullable String[] names = BeanUtils.getParameterNames(constructor);
            Class<?>[] types = constructor.getParameterTypes();
            List<Component> components = new ArrayList<>(types.length);
            for (int i = 0; i < types.length; i++) {
                String parameterName = names[i];
                if (parameterName == null || !plainOrNested(types[i])) {
                    return null;
                }
                MethodParameter parameter = MethodParameter.forFieldAwareConstructor(constructor, i, parameterName);
                BindParam bindParam = parameter.getParameterAnnotation(BindParam.class);
                String name = bindParam != null && !bindParam.value().isEmpty() ? bindParam.value() : parameterName;
                RecordShape nested = null;
                if (constructedFromNestedNames(types[i])) {
                    nested = of(types[i], visiting);
                    if (nested == null) {
                        return null; // a nested class Spring would construct: Spring's binding
                    }
                }
                components.add(new Component(
                        name,
                        parameterName,
                        types[i],
                        new TypeDescriptor(parameter),
                        Nullness.forMethodParameter(parameter) == Nullness.NULLABLE,
                        nested));
            }
            return new RecordShape(type, constructor, List.copyOf(components));
        } catch (IllegalStateException | IllegalArgumentException noSingleConstructor) {
            return null; // Spring's binding says what is wrong
        } finally {
            visiting.remove(type);
        }
    }

    /** Not a kind the binder gathers from several names (lists, maps, arrays) nor a file. */
    private static boolean plainOrNested(Class<?> type) {
        return !(type == Optional.class
                || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)
                || type.isArray()
                || MultipartFile.class.isAssignableFrom(type)
                || Part.class.isAssignableFrom(type));
    }

    /** As {@code DataBinder.shouldConstructArgument}: neither a simple value nor a JDK type. */
    private static boolean constructedFromNestedNames(Class<?> type) {
        return !BeanUtils.isSimpleValueType(type) && !type.getPackageName().startsWith("java.");
    }
}
