import { type AuditTargetKinds, clip, tableKind } from "../audit/targets";
import { reportCheckResolution, reportSentence } from "./tables";

/** The reports' records in the audit log: an edited sentence by its year and figure. */
export const reportsAuditTargets: AuditTargetKinds = {
  report_sentence: tableKind(
    reportSentence,
    reportSentence.id,
    { year: reportSentence.year, figureKey: reportSentence.figureKey, text: reportSentence.text },
    (r) => `${r.year}年 ${r.figureKey}:${clip(r.text)}`,
    { region: reportSentence.regionCode, match: [reportSentence.figureKey, reportSentence.text] },
  ),
  report_check_resolution: tableKind(
    reportCheckResolution,
    reportCheckResolution.id,
    { year: reportCheckResolution.year, code: reportCheckResolution.code, note: reportCheckResolution.note },
    (r) => `${r.year}年核查 ${r.code}:${clip(r.note)}`,
    { region: reportCheckResolution.regionCode, match: [reportCheckResolution.code, reportCheckResolution.note] },
  ),
};
