package org.healthplanning.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.healthplanning.gateway.client.Backend;
import org.healthplanning.gateway.client.BackendClient;
import org.healthplanning.gateway.config.Json;
import org.healthplanning.gateway.api.ApiException;

/**
 * The plan overview and the region dashboard: joins what the three backends know, calling them
 * in parallel; a backend that fails or is too slow is listed in {@code degraded} and its
 * sections stay null.
 */
@ApplicationScoped
public class OverviewService {
    static final Clock CLOCK = Clock.systemUTC();

    @Inject
    BackendClient client;

    /**
     * Every read that needs nothing from the plan (evaluation, rows, definitions) starts at once
     * beside the plan; the project summary (the plan's period) and the ratios (its region) start
     * as soon as the plan has arrived, while the others are still running. Without a year the
     * ratios also wait for the evaluation, whose year they take. With {@code approvedOnly} the
     * evaluation uses approved monitoring values only.
     */
    public Uni<ObjectNode> overview(String planCode, Integer year, boolean approvedOnly, String auth) {
        String plan = "/api/v1/plans/" + enc(planCode);
        Uni<Outcome> planRead = read(Backend.INDICATOR, plan, auth).memoize().indefinitely();
        String evaluationQuery = (year == null ? "" : "year=" + year) + (approvedOnly ? (year == null ? "" : "&") + "approvedOnly=true" : "");
        Uni<Outcome> evaluation = read(Backend.INDICATOR, plan + "/evaluation" + (evaluationQuery.isEmpty() ? "" : "?" + evaluationQuery), auth)
                .memoize().indefinitely();
        Uni<Outcome> indicators = read(Backend.INDICATOR, plan + "/indicators?size=500", auth);
        Uni<Outcome> definitions = read(Backend.INDICATOR, "/api/v1/indicator-definitions?size=500", auth);
        Uni<Outcome> summary = planRead.chain(planOut -> {
            if (planOut.status() == 404) {
                return Uni.createFrom().item(Outcome.skipped(Backend.PROJECT));
            }
            if (planOut.status() == 400) {
                throw planOut.refusal();
            }
            JsonNode planJson = planOut.json();
            Integer periodStart = intOrNull(planJson, "periodStart");
            Integer periodEnd = intOrNull(planJson, "periodEnd");
            String period = periodStart != null && periodEnd != null
                    ? "?periodStart=" + periodStart + "&periodEnd=" + periodEnd : "";
            return read(Backend.PROJECT, plan + "/project-summary" + period, auth);
        });
        Uni<Outcome> ratios = planRead.chain(planOut -> {
            JsonNode planJson = planOut.json();
            String regionCode = planJson == null ? null : planJson.path("regionCode").asText(null);
            if (regionCode == null) {
                return Uni.createFrom().item(Outcome.skipped(Backend.FACILITY));
            }
            if (year != null) {
                return read(Backend.FACILITY, ratiosPath(regionCode, year), auth);
            }
            return evaluation.chain(ev -> {
                Integer evYear = intOrNull(ev.json(), "year");
                int y = evYear != null ? evYear : defaultYear(planJson);
                return read(Backend.FACILITY, ratiosPath(regionCode, y), auth);
            });
        });
        return Uni.combine().all().unis(planRead, evaluation, indicators, definitions, summary, ratios)
                .with((planOut, ev, inds, defs, sum, rat) -> {
                    if (planOut.status() == 404) {
                        throw ApiException.notFound("Plan", planCode);
                    }
                    // without the plan the indicator sections are left out, as its backend is in doubt
                    boolean indicatorUp = !planOut.degraded();
                    return assembleOverview(planCode, year, approvedOnly, planOut,
                            indicatorUp ? ev : skippedAsDegraded(planOut),
                            indicatorUp ? inds : skippedAsDegraded(planOut),
                            indicatorUp ? defs : skippedAsDegraded(planOut), sum, rat);
                });
    }

    private ObjectNode assembleOverview(String planCode, Integer year, boolean approvedOnly, Outcome planOut, Outcome ev, Outcome inds,
                                        Outcome defs, Outcome sum, Outcome rat) {
        Set<String> degraded = new LinkedHashSet<>();
        ArrayNode notes = Json.MAPPER.createArrayNode();
        for (Outcome o : new Outcome[] {planOut, ev, inds, defs, sum, rat}) {
            if (o.degraded()) {
                degraded.add(o.backend().serviceName());
            }
        }
        JsonNode evaluation = ev.json();
        JsonNode ratios = rat.json();
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("planCode", planCode);
        Integer effectiveYear = year != null ? year : intOrNull(ratios, "year") != null ? intOrNull(ratios, "year") : intOrNull(evaluation, "year");
        if (effectiveYear == null) {
            out.putNull("year");
        } else {
            out.put("year", effectiveYear);
        }
        out.set("plan", planOut.json());
        out.put("approvedOnly", approvedOnly);
        out.set("evaluation", evaluation);
        if (evaluation == null) {
            out.putNull("valuesNotApproved");
        } else {
            int notApproved = 0;
            for (JsonNode row : evaluation.path("indicators")) {
                if (row.hasNonNull("actual") && !"APPROVED".equals(row.path("approvalState").asText(null))) {
                    notApproved++;
                }
            }
            out.put("valuesNotApproved", notApproved);
        }
        ArrayNode offTrack = out.putArray("bindingOffTrack");
        if (evaluation != null) {
            Set<String> behind = new LinkedHashSet<>();
            evaluation.path("bindingBehind").forEach(id -> behind.add(id.asText()));
            evaluation.path("indicators").forEach(row -> {
                if (behind.contains(row.path("id").asText())) {
                    offTrack.add(row);
                }
            });
        }
        out.set("projectSummary", sum.json());
        out.set("ratios", ratios);
        out.set("consistency", consistency(inds, defs, evaluation, ratios, effectiveYear));
        note(notes, "evaluation", ev);
        note(notes, "projectSummary", sum);
        note(notes, "ratios", rat);
        if (!notes.isEmpty()) {
            out.set("notes", notes);
        }
        ArrayNode deg = out.putArray("degraded");
        degraded.forEach(deg::add);
        return out;
    }

    /**
     * One row per plan indicator whose definition names a {@code resourceMetric}: the plan's
     * figure for the year (monitoring value of that year, else the baseline in the baseline year,
     * the target in the target year, else the expected trajectory value), the ratio the facility
     * data give for the year, and their difference (ratio minus plan value, 2 decimals).
     */
    private ArrayNode consistency(Outcome inds, Outcome defs, JsonNode evaluation, JsonNode ratios, Integer year) {
        ArrayNode rows = Json.MAPPER.createArrayNode();
        Map<String, String> metricByDefinition = new HashMap<>();
        defs.items().forEach(d -> {
            String metric = d.path("resourceMetric").asText(null);
            if (metric != null && !metric.isBlank()) {
                metricByDefinition.put(d.path("code").asText(), metric);
            }
        });
        Map<String, JsonNode> evaluated = new HashMap<>();
        if (evaluation != null) {
            evaluation.path("indicators").forEach(r -> evaluated.put(r.path("id").asText(), r));
        }
        JsonNode computed = ratios == null ? null : ratios.path("ratios");
        inds.items().forEach(ind -> {
            String definition = ind.path("definitionCode").asText(null);
            String metric = definition == null ? null : metricByDefinition.get(definition);
            if (metric == null) {
                return;
            }
            ObjectNode row = rows.addObject();
            row.set("indicatorId", ind.path("id"));
            row.set("seq", ind.path("seq"));
            row.set("name", ind.path("name"));
            row.set("subItem", ind.path("subItem"));
            row.put("definitionCode", definition);
            row.put("resourceMetric", metric);
            row.set("baseline", ind.path("baseline"));
            row.set("target", ind.path("target"));
            JsonNode eval = evaluated.get(ind.path("id").asText());
            JsonNode actual = eval == null ? null : eval.get("actual");
            row.set("actual", actual == null || actual.isMissingNode() ? null : actual);
            BigDecimal planValue = null;
            String source = null;
            if (year != null) {
                if (year.equals(intOrNull(ind.path("baseline"), "year")) && decimal(ind.path("baseline").path("value")) != null) {
                    planValue = decimal(ind.path("baseline").path("value"));
                    source = "BASELINE";
                } else if (actual != null && year.equals(intOrNull(actual, "year")) && decimal(actual.path("value")) != null) {
                    planValue = decimal(actual.path("value"));
                    source = "ACTUAL";
                } else if (year.equals(intOrNull(ind.path("target"), "year")) && decimal(ind.path("target").path("value")) != null) {
                    planValue = decimal(ind.path("target").path("value"));
                    source = "TARGET";
                } else if (eval != null && decimal(eval.path("expected")) != null) {
                    planValue = decimal(eval.path("expected"));
                    source = "EXPECTED";
                }
            }
            BigDecimal ratio = computed == null ? null : decimal(computed.path(metric));
            row.put("planValue", planValue);
            row.put("planValueSource", source);
            row.put("computedRatio", ratio);
            row.put("difference", planValue == null || ratio == null ? null
                    : ratio.subtract(planValue).setScale(2, RoundingMode.HALF_UP));
            BigDecimal target = decimal(ind.path("target").path("value"));
            row.put("differenceToTarget", target == null || ratio == null ? null
                    : ratio.subtract(target).setScale(2, RoundingMode.HALF_UP));
        });
        return rows;
    }

    public Uni<ObjectNode> dashboard(String regionCode, Integer year, String auth) {
        int y = year != null ? year : LocalDate.now(CLOCK).getYear();
        String code = enc(regionCode);
        Uni<Outcome> region = read(Backend.FACILITY, "/api/v1/regions/" + code, auth);
        Uni<Outcome> plans = read(Backend.INDICATOR, "/api/v1/plans?regionCode=" + code + "&size=500", auth);
        Uni<Outcome> ratios = latestRatios(regionCode, y, 5, auth);
        Uni<Outcome> projects = read(Backend.PROJECT, "/api/v1/projects?regionCode=" + code + "&activeInYear=" + y + "&size=500", auth);
        return Uni.combine().all().unis(region, plans, ratios, projects).with((reg, pl, rat, pr) -> {
            if (reg.status() == 404) {
                throw ApiException.notFound("Region", regionCode);
            }
            if (reg.status() == 400) {
                throw reg.refusal();
            }
            ObjectNode out = Json.MAPPER.createObjectNode();
            out.put("regionCode", regionCode);
            out.put("year", y);
            out.set("region", reg.json());
            out.set("plans", pl.json() == null ? null : pl.items());
            out.set("ratios", rat.json());
            JsonNode page = pr.json();
            if (page == null) {
                out.putNull("activeProjects");
            } else {
                ObjectNode active = out.putObject("activeProjects");
                active.put("year", y);
                active.set("total", page.isArray() ? Json.MAPPER.getNodeFactory().numberNode(page.size()) : page.path("total"));
                active.set("items", pr.items());
            }
            ArrayNode notes = Json.MAPPER.createArrayNode();
            note(notes, "plans", pl);
            note(notes, "ratios", rat);
            note(notes, "activeProjects", pr);
            if (!notes.isEmpty()) {
                out.set("notes", notes);
            }
            Set<String> degraded = new LinkedHashSet<>();
            for (Outcome o : new Outcome[] {reg, pl, rat, pr}) {
                if (o.degraded()) {
                    degraded.add(o.backend().serviceName());
                }
            }
            ArrayNode deg = out.putArray("degraded");
            degraded.forEach(deg::add);
            return out;
        });
    }

    /**
     * The region's ratios: the series {@code ?from=year-back&to=year} is read once and the latest
     * year that has ratios is kept (facility-service answers a year without data with no ratios).
     */
    private Uni<Outcome> latestRatios(String regionCode, int year, int back, String auth) {
        return read(Backend.FACILITY, "/api/v1/regions/" + enc(regionCode) + "/ratios/series?from=" + (year - back) + "&to=" + year, auth)
                .map(o -> {
                    JsonNode series = o.json();
                    if (series == null || !series.isArray()) {
                        return o;
                    }
                    JsonNode latest = null;
                    for (JsonNode entry : series) {
                        JsonNode ratios = entry.get("ratios");
                        if (ratios != null && ratios.isObject() && !ratios.isEmpty()
                                && (latest == null || entry.path("year").asInt() > latest.path("year").asInt())) {
                            latest = entry;
                        }
                    }
                    return Outcome.answered(Backend.FACILITY, latest);
                });
    }

    private Uni<Outcome> read(Backend backend, String pathAndQuery, String auth) {
        return Outcome.of(backend, client.read(backend, pathAndQuery, auth));
    }

    private static Outcome skippedAsDegraded(Outcome planOut) {
        return planOut.degraded() ? Outcome.failed(Backend.INDICATOR, "is unavailable") : Outcome.skipped(Backend.INDICATOR);
    }

    private static String ratiosPath(String regionCode, int year) {
        return "/api/v1/regions/" + enc(regionCode) + "/ratios?year=" + year;
    }

    private static int defaultYear(JsonNode plan) {
        int now = LocalDate.now(CLOCK).getYear();
        Integer target = intOrNull(plan, "targetYear");
        return target == null ? now : Math.min(now, target);
    }

    private static void note(ArrayNode notes, String section, Outcome o) {
        if (!o.degraded() && o.reply() != null && !o.reply().ok()) {
            notes.add(section + ": " + o.backend().serviceName() + " answered " + o.problemDetail());
        }
    }

    static Integer intOrNull(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.path(field);
        return v.canConvertToInt() && v.isNumber() ? v.intValue() : null;
    }

    static BigDecimal decimal(JsonNode v) {
        return v != null && v.isNumber() ? v.decimalValue() : null;
    }

    static String enc(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
