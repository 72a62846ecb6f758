package org.healthplanning.project.domain;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Optional;

/** 建设性质: the nature of the construction, as printed in a plan's project table. */
@Schema(name = "ConstructionType", description = "建设性质: the nature of the construction (新建, 续建, 改建, 扩建, 改扩建, 迁建, 迁扩建)")
public enum ConstructionType {
    NEW("新建"),
    CONTINUED("续建"),
    RENOVATION("改建"),
    EXPANSION("扩建"),
    RENOVATION_EXPANSION("改扩建"),
    RELOCATION("迁建"),
    RELOCATION_EXPANSION("迁扩建");

    private static final Map<String, ConstructionType> BY_LABEL = Map.of(
            "新建", NEW, "续建", CONTINUED, "改建", RENOVATION, "扩建", EXPANSION,
            "改扩建", RENOVATION_EXPANSION, "迁建", RELOCATION, "迁扩建", RELOCATION_EXPANSION);

    public final String label;

    ConstructionType(String label) {
        this.label = label;
    }

    /** The type printed as {@code text} (surrounding blanks ignored), if it is one of the seven. */
    public static Optional<ConstructionType> fromLabel(String text) {
        return Optional.ofNullable(BY_LABEL.get(text.strip()));
    }
}
