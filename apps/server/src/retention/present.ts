/** Presenters of the retention routes: rows to responses, labels in Chinese, personal data masked. */
import { auth, retention } from "@edubureau/core";
import type { caseHistory, findCase, listSuspects } from "./caseStore";
import { caseSideOf } from "./commands";
import type { listChildren } from "./store";

type Names = { schools: Map<string, { name: string; townCode: string | null }>; towns: Map<string, string> };

export function presentChild(
  r: Awaited<ReturnType<typeof listChildren>>["rows"][number],
  schoolYear: number,
  names: Names,
) {
  const e = r.entry;
  const x = r.explanation?.kind ? r.explanation : null;
  return {
    id: e.id,
    rowNumber: e.rowNumber,
    nameMasked: e.nameMasked,
    residentIdMasked: e.residentIdMasked,
    gender: e.gender === "M" ? "男" : "女",
    birthDate: e.birthDate,
    age: retention.ageOnCensusDay(e.birthDate, schoolYear),
    villageName: e.villageName,
    townCode: e.townCode,
    townName: names.towns.get(e.townCode) ?? e.townCode,
    outcome: e.outcome,
    outcomeLabel: e.outcome
      ? (retention.rosterOutcomeLabels[e.outcome as retention.RosterOutcome["kind"]] ?? e.outcome)
      : "未比对",
    schoolName: e.schoolId ? (names.schools.get(e.schoolId)?.name ?? null) : null,
    grade: e.grade,
    explanation: x
      ? {
          kind: x.kind!,
          kindLabel: retention.explanationLabels[x.kind!],
          stage: x.stage ?? null,
          detail: x.detail ?? "",
        }
      : null,
    purged: e.residentIdCipher === null,
  };
}

export function presentSuspect(r: Awaited<ReturnType<typeof listSuspects>>[number], names: Names) {
  const s = r.suspect;
  return {
    id: s.id,
    source: s.source,
    sourceLabel: retention.suspectSourceLabels[s.source],
    sourceId: s.sourceId,
    nameMasked: s.nameMasked,
    residentIdMasked: s.residentIdMasked,
    birthDate: s.birthDate,
    schoolId: s.schoolId,
    schoolName: s.schoolId ? (names.schools.get(s.schoolId)?.name ?? null) : null,
    townName: s.townCode ? (names.towns.get(s.townCode) ?? s.townCode) : null,
    detail: s.detail,
    status: s.status,
    priorityLists: s.priorityLists.map((l) => retention.povertyListLabels[l]),
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    createdAt: s.createdAt.toISOString(),
  };
}

export function presentCase(
  r: NonNullable<Awaited<ReturnType<typeof findCase>>>,
  actor: auth.Actor,
  when: { today: string; leadershipDays: number },
  names: Names,
) {
  const c = r.c;
  const escalation = retention.caseEscalation(c.state, c.deadline, when.today, when.leadershipDays);
  const side = caseSideOf(actor, c);
  return {
    id: c.id,
    number: c.number,
    nameMasked: c.nameMasked,
    schoolId: c.schoolId,
    schoolName: c.schoolId ? (names.schools.get(c.schoolId)?.name ?? null) : null,
    townName: c.townCode ? (names.towns.get(c.townCode) ?? c.townCode) : null,
    state: c.state,
    stateLabel: retention.caseStateLabels[c.state],
    source: r.source,
    sourceLabel: retention.suspectSourceLabels[r.source],
    detail: r.detail,
    chain: c.chain,
    priority: c.priority,
    openedOn: c.openedOn,
    deadline: c.deadline,
    escalation,
    escalationLabel: retention.caseEscalationLabels[escalation],
    returnedOn: c.returnedOn,
    closedOn: c.closedOn,
    visits: r.visits,
    lastVisitOn: r.lastVisitOn,
    abilities: {
      act: side !== null && retention.openCaseStates.includes(c.state),
      dismiss: side === "county" && (c.state === "verifying" || c.state === "confirmed"),
      // a visit (劝返) and its photos: the sides above, or the contact of the case's township (乡镇联络员)
      visit:
        (side !== null || auth.isTownshipContactOf(actor, c.townCode)) && retention.openCaseStates.includes(c.state),
    },
  };
}

const EVENT_LABELS: Record<string, string> = { open: "立案", visit: "劝返记录", ...retention.caseActionLabels };

export function presentHistory(h: Awaited<ReturnType<typeof caseHistory>>) {
  return {
    events: h.events.map((e) => ({
      action: e.action,
      actionLabel: EVENT_LABELS[e.action] ?? e.action,
      toState: e.toState,
      note: e.note,
      actorName: e.actorName,
      at: e.at.toISOString(),
    })),
    visits: h.visits.map((v) => ({
      id: v.id,
      visitedOn: v.visitedOn,
      visitors: v.visitors,
      method: v.method,
      methodLabel: retention.visitMethodLabels[v.method],
      outcome: v.outcome,
      outcomeLabel: retention.visitOutcomeLabels[v.outcome],
      note: v.note,
      evidence: h.evidence
        .filter((x) => x.visitId === v.id)
        .map((x) => ({ id: x.id, fileName: x.fileName, contentType: x.contentType, size: x.size })),
    })),
  };
}
