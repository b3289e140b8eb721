import { type AuditTargetKinds, tableKind } from "../audit/targets";
import { catchmentZone, drawEvent } from "./tables";

/** Admissions in the audit log: an event by its title and public code, a zone by name. */
export const admissionsAuditTargets: AuditTargetKinds = {
  draw_event: tableKind(
    drawEvent,
    drawEvent.id,
    { title: drawEvent.title, code: drawEvent.code },
    (r) => `${r.title}(${r.code})`,
    { region: drawEvent.regionCode, match: [drawEvent.title, drawEvent.code] },
  ),
  catchment_zone: tableKind(catchmentZone, catchmentZone.id, { name: catchmentZone.name }, (r) => r.name, {
    region: catchmentZone.regionCode,
    match: [catchmentZone.name],
  }),
};
