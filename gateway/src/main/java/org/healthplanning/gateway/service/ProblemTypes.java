package org.healthplanning.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthplanning.gateway.api.ProblemType;

/** The problem types of the suite (the {@code type} of every Problem), each explained in English and Chinese. */
@ApplicationScoped
public class ProblemTypes {
    private static final Pattern HTTP = Pattern.compile("http-([45]\\d\\d)");
    private static final Map<String, ProblemType> KNOWN = new LinkedHashMap<>();

    static {
        add("validation", "Invalid request", 400,
                "A path segment, query parameter or body field is malformed or out of range; `errors` names each one. "
                        + "Correct the fields listed and send the request again.",
                "路径、查询参数或请求体字段格式错误或超出范围；`errors` 列出每个字段。请更正后重新提交。");
        add("unauthorized", "Unauthorized", 401,
                "The operation needs a valid bearer token (JWT signed by the suite's issuer): none was sent, or it is "
                        + "malformed, expired or not trusted. Obtain a token and send it in Authorization: Bearer.",
                "该操作需要有效的令牌：未提供，或令牌格式错误、已过期、不被信任。请获取令牌后放在 Authorization 头中。");
        add("forbidden", "Forbidden", 403,
                "The token is valid but its groups or regions do not allow this operation (e.g. an editor of another "
                        + "region, or an operation for admins only). Ask for the needed role.",
                "令牌有效，但其角色或辖区不允许该操作（例如其他地区的编辑，或仅限管理员的操作）。请申请相应权限。");
        add("not-found", "Not found", 404,
                "The resource named by the path does not exist. Check the code or id.",
                "路径所指的资源不存在。请检查编码或编号。");
        add("conflict", "Conflict", 409,
                "The request conflicts with the current state, e.g. a resource with the same key already exists or is "
                        + "still referenced: read the resource and decide again. Or a request with the same Idempotency-Key is "
                        + "still in progress: send it again when that one has finished to get its answer.",
                "请求与当前状态冲突，例如同一键值的资源已存在或仍被引用：请先读取资源再决定。或者携带相同 Idempotency-Key 的请求仍在执行："
                        + "请待其完成后重新提交以获得其结果。");
        add("precondition-failed", "Precondition failed", 412,
                "If-Match does not match the resource's current ETag: someone changed it in the meantime. "
                        + "Read it again, reapply the change and send it with the new ETag.",
                "If-Match 与资源当前的 ETag 不一致：资源已被他人修改。请重新读取、重新修改，并携带新的 ETag 提交。");
        add("payload-too-large", "Payload too large", 413,
                "The request body exceeds the gateway's size limit. Split the import into smaller files.",
                "请求体超过网关的大小限制。请将导入拆分为较小的文件。");
        add("unprocessable", "Unprocessable request", 422,
                "The request is well formed but cannot be carried out with the data as they are (e.g. a rule of the "
                        + "plan is violated), or its Idempotency-Key was already used for a different request (another "
                        + "method, path or body; a different request needs a new key). Read `detail`.",
                "请求格式正确，但按现有数据无法执行（例如违反规划规则），或其 Idempotency-Key 已用于另一个请求（方法、路径或请求体不同；"
                        + "不同的请求需使用新的键）。请查看 `detail`。");
        add("import", "Import refused", 400,
                "A bulk import (CSV or JSON) was refused as a whole: `errors` lists the offending rows and fields; nothing "
                        + "was imported. Correct the rows and import again.",
                "批量导入（CSV 或 JSON）被整体拒绝：`errors` 列出出错的行和字段，未导入任何数据。请更正后重新导入。");
        add("internal", "Internal error", 500,
                "An unexpected error occurred in a service. Try again later; if it persists, report the time and path.",
                "服务发生意外错误。请稍后重试；如持续出现，请报告时间和路径。");
        add("database-unavailable", "Service unavailable", 503,
                "A service cannot reach its database at the moment. Try again later.",
                "服务暂时无法连接数据库。请稍后重试。");
        add("dependency-unavailable", "Service unavailable", 503,
                "A service needs a fact owned by another service (a plan's region, whether a region exists) and cannot "
                        + "reach it at the moment; nothing was changed. Try again after Retry-After seconds.",
                "服务需要另一服务掌握的信息（如规划所属地区、地区是否存在），但暂时无法连接该服务；未做任何修改。请在 Retry-After 秒后重试。");
        add("backend-unavailable", "Service unavailable", 503,
                "The gateway could not reach the service behind the path (named in `backend`). Try again later.",
                "网关无法连接该路径所属的后端服务（见 `backend`）。请稍后重试。");
        add("transaction-timeout", "Transaction timed out", 503,
                "The request did not finish within the service's transaction timeout (120 s) and was rolled back: nothing "
                        + "was written. Retry after Retry-After seconds; a very large import may be split into smaller ones.",
                "请求未能在服务的事务时限（120 秒）内完成，已整体回滚，未写入任何数据。请在 Retry-After 秒后重试；过大的导入可拆分为较小的文件。");
        add("backend-timeout", "Gateway timeout", 504,
                "The service behind the path (named in `backend`) did not answer in time. A write may or may not have been "
                        + "carried out: send it again with the same Idempotency-Key to get its answer (or 409 while it still "
                        + "runs), or read the resource before repeating a write sent without one.",
                "该路径所属的后端服务（见 `backend`）未及时响应，写操作可能已执行：请携带相同的 Idempotency-Key 重新提交以获得其结果"
                        + "（仍在执行时返回 409），未携带该键的写操作请先读取资源再决定是否重复。");
    }

    private static void add(String name, String title, int status, String description, String zh) {
        KNOWN.put(name, new ProblemType("/problems/" + name, title, status, description, zh));
    }

    /** The known names, e.g. "not-found" (without the http-NNN family). */
    public static Iterable<String> names() {
        return KNOWN.keySet();
    }

    /** The problem type named {@code name} ("not-found", "http-405" ...), if the suite uses it. */
    public Optional<ProblemType> find(String name) {
        ProblemType known = KNOWN.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Matcher m = HTTP.matcher(name == null ? "" : name);
        if (!m.matches()) {
            return Optional.empty();
        }
        int status = Integer.parseInt(m.group(1));
        String reason = reason(status);
        if (reason == null) {
            return Optional.empty();
        }
        return Optional.of(new ProblemType("/problems/" + name, reason, status,
                "The request was refused with HTTP " + status + " (" + reason + ") by the HTTP layer, before any business "
                        + "rule: e.g. a method the path does not support (405), an Accept the operation cannot answer (406) "
                        + "or a Content-Type it does not read (415). Check the method, the headers and the path.",
                "请求在 HTTP 层被拒绝（" + status + " " + reason + "），例如路径不支持该方法（405）、无法满足 Accept（406）"
                        + "或不支持该 Content-Type（415）。请检查方法、请求头和路径。"));
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> null;
        };
    }
}
