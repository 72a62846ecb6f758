package org.healthplanning.project.domain;

import java.util.LinkedHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;
import java.util.Optional;

/** A project's state as printed in the 备注 column; a row may carry several. */
@Schema(name = "ProjectStatus", description = "A project's state as printed in 备注 (规划中, 初步选址, 已立项, 可研, 施工中, 已完工, 重大前期项目)")
public enum ProjectStatus {
    PLANNING,
    SITE_SELECTION,
    APPROVED,
    FEASIBILITY_STUDY,
    UNDER_CONSTRUCTION,
    COMPLETED,
    PRE_PROJECT;

    private static final Map<String, ProjectStatus> BY_LABEL = new LinkedHashMap<>();

    static {
        BY_LABEL.put("规划中", PLANNING);
        BY_LABEL.put("规划", PLANNING);
        BY_LABEL.put("初步选址", SITE_SELECTION);
        BY_LABEL.put("选址", SITE_SELECTION);
        BY_LABEL.put("已立项", APPROVED);
        BY_LABEL.put("立项", APPROVED);
        BY_LABEL.put("可研", FEASIBILITY_STUDY);
        BY_LABEL.put("可行性研究", FEASIBILITY_STUDY);
        BY_LABEL.put("施工中", UNDER_CONSTRUCTION);
        BY_LABEL.put("在建", UNDER_CONSTRUCTION);
        BY_LABEL.put("已完工", COMPLETED);
        BY_LABEL.put("已建成", COMPLETED);
        BY_LABEL.put("竣工", COMPLETED);
        BY_LABEL.put("重大前期项目", PRE_PROJECT);
        BY_LABEL.put("前期项目", PRE_PROJECT);
    }

    /** The status a printed word stands for, if it is a known one. */
    public static Optional<ProjectStatus> fromLabel(String text) {
        return Optional.ofNullable(BY_LABEL.get(text.strip()));
    }
}
