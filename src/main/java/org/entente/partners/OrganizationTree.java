package org.entente.partners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One nation's organizations as a tree. An organization whose parent the reader may not see is
 * shown at the top: the tree never hints at a hidden parent.
 */
public record OrganizationTree(OrganizationSummary organization, List<OrganizationTree> children) {

    static List<OrganizationTree> of(List<OrganizationSummary> organizations) {
        Set<Long> visible = organizations.stream().map(OrganizationSummary::id).collect(Collectors.toSet());
        Map<Long, List<OrganizationSummary>> byParent = new LinkedHashMap<>();
        List<OrganizationSummary> roots = new ArrayList<>();
        for (OrganizationSummary o : organizations) {
            if (o.parentId() == null || !visible.contains(o.parentId())) {
                roots.add(o);
            } else {
                byParent.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            }
        }
        return roots.stream().map(root -> build(root, byParent)).toList();
    }

    private static OrganizationTree build(OrganizationSummary node, Map<Long, List<OrganizationSummary>> byParent) {
        return new OrganizationTree(
                node,
                byParent.getOrDefault(node.id(), List.of()).stream()
                        .map(child -> build(child, byParent))
                        .toList());
    }
}
