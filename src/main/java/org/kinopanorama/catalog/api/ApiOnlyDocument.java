package org.kinopanorama.catalog.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps only the JSON API ({@code /api/...}) in the OpenAPI document: the HTML pages and their forms are for
 * browsers, not for scripts, and would only hide the API among them. With them go the tags and the schemas
 * (templates, routing contexts...) that only they used. Registered with {@code mp.openapi.filter}.
 */
public class ApiOnlyDocument implements OASFilter {

    static final String API = "/api/";
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        List.copyOf(paths.getPathItems().keySet()).stream().filter(path -> !path.startsWith(API)).forEach(paths::removePathItem);
        List<Operation> operations = paths.getPathItems().values().stream()
                .map(PathItem::getOperations).filter(Objects::nonNull)
                .flatMap(byMethod -> byMethod.values().stream()).toList();

        if (openAPI.getTags() != null) {
            Set<String> used = operations.stream().map(Operation::getTags).filter(Objects::nonNull)
                    .flatMap(List::stream).collect(Collectors.toSet());
            List.copyOf(openAPI.getTags()).stream().filter(tag -> !used.contains(tag.getName())).forEach(openAPI::removeTag);
        }

        Components components = openAPI.getComponents();
        if (components != null && components.getSchemas() != null) {
            Set<String> reachable = reachableSchemas(operations, components.getSchemas());
            List.copyOf(components.getSchemas().keySet()).stream().filter(name -> !reachable.contains(name))
                    .forEach(components::removeSchema);
        }
    }

    /** Names of the component schemas the operations refer to, directly or through other schemas. */
    private static Set<String> reachableSchemas(List<Operation> operations, Map<String, Schema> schemas) {
        Deque<Schema> pending = new ArrayDeque<>();
        for (Operation operation : operations) {
            if (operation.getParameters() != null) {
                for (Parameter parameter : operation.getParameters()) {
                    add(pending, parameter.getSchema());
                    addContent(pending, parameter.getContent());
                }
            }
            if (operation.getRequestBody() != null) {
                addContent(pending, operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    addContent(pending, response.getContent());
                }
            }
        }
        Set<String> reachable = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(SCHEMA_REF)) {
                String name = ref.substring(SCHEMA_REF.length());
                if (reachable.add(name)) {
                    add(pending, schemas.get(name));
                }
            }
            nested(pending, schema.getAll().values());
        }
        return reachable;
    }

    private static void addContent(Deque<Schema> pending, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(schema -> add(pending, schema));
        }
    }

    // properties, items, allOf... are schemas, lists of schemas or maps of them
    private static void nested(Deque<Schema> pending, Collection<?> values) {
        for (Object value : values) {
            if (value instanceof Schema schema) {
                pending.push(schema);
            } else if (value instanceof Collection<?> list) {
                nested(pending, list);
            } else if (value instanceof Map<?, ?> map) {
                nested(pending, map.values());
            }
        }
    }

    private static void add(Deque<Schema> pending, Schema schema) {
        if (schema != null) {
            pending.push(schema);
        }
    }
}
