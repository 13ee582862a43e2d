/**
 * Mutation survivors of src/layout/evaluationDocument.ts (issue 17): a version 2 document keeps only the keys that
 * were entered (no key holding undefined for a date, an evidence text, a member's field/unit/role/source, a
 * step's date/people/notes or a plan entry's texts and deadline), a document with any problem has no document,
 * and the written JSON keeps the eligibility's incident answers and evidence.
 */
import {
  EVALUATION_FORMAT_V2,
  evaluationDocumentJson,
  parseEvaluationDocument,
} from "../../src/layout/evaluationDocument";

/** A version 2 document with no items and the given extra parts. */
function v2(extra: Record<string, unknown>): Record<string, unknown> {
  return { format: EVALUATION_FORMAT_V2, meta: {}, items: {}, ...extra };
}

test("eligibility: only the date and the evidence entered are keys", () => {
  const parsed = parseEvaluationDocument(
    v2({
      eligibility: { operationStart: "2024-01-02", evidence: { selfEvaluationDate: "见附件1" } },
    })
  );
  expect(parsed.problems).toEqual([]);
  const e = parsed.document?.eligibility;
  expect(Object.keys(e ?? {}).sort()).toEqual(["evidence", "operationStart"]);
  expect(e?.operationStart).toBe("2024-01-02");
  expect(Object.entries(e?.evidence ?? {})).toEqual([["selfEvaluationDate", "见附件1"]]);
});

test("group: a member with a name alone has only the name as a key", () => {
  const parsed = parseEvaluationDocument(
    v2({ group: [{ name: "甲" }, { name: "乙", field: "standardization", role: "leader" }] })
  );
  expect(parsed.problems).toEqual([]);
  const group = parsed.document?.group ?? [];
  expect(group.map((m) => Object.keys(m))).toEqual([["name"], ["name", "field", "role"]]);
  expect(group[1]).toStrictEqual({ name: "乙", field: "standardization", role: "leader" });
});

test("procedure: a step with nothing recorded is an empty object, one with people only has people only", () => {
  const parsed = parseEvaluationDocument(
    v2({ procedure: { "6.1": {}, "6.2": { people: "甲、乙" } } })
  );
  expect(parsed.problems).toEqual([]);
  const p = parsed.document?.procedure ?? {};
  expect(Object.keys(p)).toEqual(["6.1", "6.2"]);
  expect(Object.keys(p["6.1"] ?? { missing: 1 })).toEqual([]);
  expect(p["6.2"]).toStrictEqual({ people: "甲、乙" });
});

test("plan: an entry keeps only the texts and the deadline entered", () => {
  const parsed = parseEvaluationDocument(
    v2({ plan: { "A.1.1": {}, "A.1.2": { measure: "补充制度", deadline: "2026-03-01" } } })
  );
  expect(parsed.problems).toEqual([]);
  const plan = parsed.document?.plan ?? {};
  expect(Object.keys(plan["A.1.1"] ?? { missing: 1 })).toEqual([]);
  expect(Object.keys(plan["A.1.2"] ?? {}).sort()).toEqual(["deadline", "measure"]);
  expect(plan["A.1.2"]?.deadline).toBe("2026-03-01");
});

test("a version 2 document with a problem in one part is no document, only its problems", () => {
  const parsed = parseEvaluationDocument(v2({ group: "甲、乙" }));
  expect(parsed).toStrictEqual({
    problems: [{ code: "bad-structure", path: "$.group", expected: "array" }],
  });
});

test("the written JSON keeps the incident answers and the evidence entered (and only what was entered)", () => {
  const parsed = parseEvaluationDocument(v2({}));
  const evaluation = parsed.document!.evaluation;
  const incidents = { quality: "no", media: "yes" } as const;
  const written = evaluationDocumentJson({ evaluation, eligibility: { incidents, evidence: {} } });
  expect(written.eligibility).toStrictEqual({ incidents: { quality: "no", media: "yes" } });
  const withEvidence = evaluationDocumentJson({
    evaluation,
    eligibility: { incidents: {}, evidence: { operationStart: "见附件2" } },
  });
  expect(withEvidence.eligibility).toStrictEqual({ evidence: { operationStart: "见附件2" } });
  // Read back, the answers and the evidence are the same.
  expect(parseEvaluationDocument(written).document?.eligibility).toStrictEqual({
    incidents: { quality: "no", media: "yes" },
  });
  expect(parseEvaluationDocument(withEvidence).document?.eligibility).toStrictEqual({
    evidence: { operationStart: "见附件2" },
  });
});
