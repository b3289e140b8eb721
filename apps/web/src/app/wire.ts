/**
 * Names for the wire types generated from the server's route contracts (./wire.gen.ts, `npm run wire`). A
 * capability's api.ts aliases them (`export type Finding = Schema<"LedgerFinding">`, `Ok<"getLedgerFindings">`)
 * instead of typing the server's answers again by hand, so a changed field breaks the build, not a page.
 */
import type { components, operations } from "./wire.gen";

/** A named schema of the API description (a zod schema the server registers with `.openapi("Name")`). */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];

/** The operation ids of the API (the route's method and path, e.g. getLedgerFindings for GET /api/ledger/findings). */
export type OperationId = keyof operations;

type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : never;
type Responses<Op extends OperationId> = operations[Op]["responses"];

/** The JSON answer of an operation when it succeeds (its 200 or 201 response). */
export type Ok<Op extends OperationId> = JsonOf<Responses<Op>[Extract<keyof Responses<Op>, 200 | 201>]>;

/** The JSON request body of an operation. */
export type Body<Op extends OperationId> = JsonOf<NonNullable<operations[Op]["requestBody"]>>;

/** The query parameters of an operation. */
export type Query<Op extends OperationId> = NonNullable<operations[Op]["parameters"]["query"]>;

/**
 * `T` with some fields narrowed to core's code unions, where the server's contract still says `string` (a value
 * read from a text column). Each narrowed field must exist in `T` with a type the narrowing fits, so a renamed or
 * removed field still breaks the build. Prefer a `z.enum` in the server's schema: use this only until then.
 */
export type Narrow<T, N extends { [K in keyof N]: K extends keyof T ? T[K] : never }> = Omit<T, keyof N> & N;

/** One element of an array type (a row of a list answer). */
export type Row<List> = List extends readonly (infer T)[] ? T : never;
