// Type-checked with `tsc --strict` against the types openapi-typescript generates from openapi.json
// (tests/KzData.Api.Tests/OpenApiToolTests.cs): what a web client writes must compile as written.
import type { components, paths } from "./schema";

type Schemas = components["schemas"];

/** The quoted passage of an evidence, cut from the source text (GET /api/v1/sources/{id}/text). */
export function passage(text: string, ev: Schemas["EvidenceDto"]): string {
  return text.substring(ev.start, ev.start + ev.length);
}

/** How many pages a list has. */
export function pageCount(page: Schemas["PageDtoOfFactDto"]): number {
  return Math.max(1, Math.ceil(page.total / page.pageSize));
}

/** Query parameters use the same enum types as bodies. */
export function sameTopic(fact: Schemas["FactDto"], query: NonNullable<paths["/api/v1/facts"]["get"]["parameters"]["query"]>): boolean {
  const topics: Schemas["Topic"][] = query.topic ?? [];
  return topics.includes(fact.topic);
}

/** The sort order is one named type. */
export const newestFirst: Schemas["FactSort"] = "-date";

/** A quantity's value is a number. */
export function doubled(quantity: Schemas["QuantityDto"]): number {
  return quantity.value * 2;
}

/** Problems: typed status, extensions and validation errors. */
export function explain(problem: Schemas["UnknownIdProblemDetails"] | Schemas["ValidationProblemDetails"]): string {
  const status: number = problem.status;
  const title: string = problem.title;
  const trace: string = problem.traceId;
  if ("errors" in problem && problem.errors) {
    const messages: string[] = Object.values(problem.errors).flat();
    return `${status} ${title}: ${messages.join(" ")} (${trace})`;
  }

  if ("id" in problem) {
    const id: string = problem.id;
    return `${status} ${title}: ${id}${problem.suggestion ? `, did you mean ${problem.suggestion}?` : ""} (${trace})`;
  }

  return `${status} ${title} (${trace})`;
}

/** A 404 of GET /api/v1/facts/{id} is an UnknownIdProblemDetails. */
export type FactNotFound = paths["/api/v1/facts/{id}"]["get"]["responses"][404]["content"]["application/problem+json"];
export const unknownFact = (p: FactNotFound): string => p.id;
