/** Presenters: the ledger's rows as its routes answer them (labels beside codes, what the caller may do now). */
import { type auth, calendar, ledger } from "@edubureau/core";
import type { EvidenceRecord, FindingRecord, InspectionRecord, TargetRecord } from "./store";
import type { ledgerInspectionType, ledgerInstitution, ledgerTransition } from "./tables";

export function presentType(t: typeof ledgerInspectionType.$inferSelect) {
  const kind = t.kind as ledger.InspectionKind;
  return {
    id: t.id,
    kind,
    kindLabel: ledger.inspectionKind.labels[kind],
    name: t.name,
    checklist: t.checklist,
    defaultDays: t.defaultDays,
    active: t.active,
  };
}

export function presentInstitution(i: typeof ledgerInstitution.$inferSelect) {
  return {
    id: i.id,
    name: i.name,
    licence: i.licence,
    address: i.address,
    type: i.type as ledger.InstitutionType,
    typeLabel: ledger.institutionType.labels[i.type as ledger.InstitutionType] ?? i.type,
    status: i.status as ledger.InstitutionStatus,
    statusLabel: ledger.institutionStatus.labels[i.status as ledger.InstitutionStatus] ?? i.status,
    contact: i.contact,
  };
}

export function presentInspection(i: InspectionRecord, actor: auth.Actor) {
  const kind = i.kind as ledger.InspectionKind;
  return {
    id: i.id,
    typeId: i.typeId,
    typeName: i.typeName,
    kind,
    kindLabel: ledger.inspectionKind.labels[kind],
    title: i.title,
    inspectedOn: i.inspectedOn,
    inspectors: i.inspectors,
    selfInspection: i.selfInspection,
    summary: i.summary,
    targets: i.targets,
    findings: i.findings,
    openFindings: i.openFindings,
    canRaise: ledger.mayRaiseFindings(actor, i),
  };
}

export function presentTarget(t: TargetRecord, template: readonly ledger.ChecklistItem[]) {
  return {
    id: t.id,
    schoolId: t.schoolId,
    institutionId: t.institutionId,
    name: t.name ?? "",
    results: t.results,
    checkedAt: t.checkedAt?.toISOString() ?? null,
    summary: ledger.summarizeChecklist(template, t.results),
  };
}

/** Whole days from today to the deadline, for an open finding. */
function daysLeft(state: ledger.FindingState, deadline: string, today: string): number | null {
  if (!ledger.openFindingStates.includes(state)) return null;
  return calendar.daysBetween(today, deadline);
}

export function presentFinding(f: FindingRecord, actor: auth.Actor, today: string) {
  const state = f.state as ledger.FindingState;
  const kind = f.kind as ledger.InspectionKind;
  const severity = f.severity as ledger.Severity;
  const status = ledger.deadlineStatus(state, f.deadline, today);
  const late = ledger.daysOverdue(state, f.deadline, today);
  const escalation = ledger.escalationLevel(late);
  const party = ledger.ledgerPartyOf(actor, f);
  const extensionRequest =
    f.extensionDeadline !== null ? { deadline: f.extensionDeadline, reason: f.extensionReason ?? "" } : null;
  const available = new Set(
    party ? ledger.availableActions({ state, deadline: f.deadline, extensionRequest }, party) : [],
  );
  const can = Object.fromEntries(ledger.rectificationActions.map((a) => [a, available.has(a)])) as Record<
    ledger.RectificationAction,
    boolean
  >;
  return {
    id: f.id,
    number: f.number,
    inspectionId: f.inspectionId,
    inspectionTitle: f.inspectionTitle,
    inspectedOn: f.inspectedOn,
    schoolId: f.schoolId,
    institutionId: f.institutionId,
    targetName: f.targetName ?? "",
    kind,
    kindLabel: ledger.inspectionKind.labels[kind],
    scope: f.scope as ledger.FindingScope,
    scopeLabel: ledger.findingScope.labels[f.scope as ledger.FindingScope] ?? f.scope,
    commonGroup: f.commonGroup,
    checklistCode: f.checklistCode,
    category: f.category,
    description: f.description,
    severity,
    severityLabel: ledger.severity.labels[severity],
    responsibleUnit: f.responsibleUnit,
    responsiblePerson: f.responsiblePerson,
    measures: f.measures,
    state,
    stateLabel: ledger.findingState.labels[state],
    raisedOn: f.raisedOn,
    originalDeadline: f.originalDeadline,
    deadline: f.deadline,
    extensionRequest,
    closedOn: f.closedOn,
    deadlineStatus: status,
    deadlineStatusLabel: ledger.deadlineStatusLabels[status],
    daysLeft: daysLeft(state, f.deadline, today),
    daysOverdue: late,
    escalation,
    escalationLabel: ledger.escalationLabels[escalation],
    can: {
      ...can,
      upload: (party === "supervisor" || party === "responsible") && ledger.openFindingStates.includes(state),
    },
  };
}

export function presentHistory(t: typeof ledgerTransition.$inferSelect) {
  const action = t.action;
  return {
    seq: t.seq,
    action,
    actionLabel:
      action === "raise"
        ? "登记问题"
        : (ledger.rectificationActionLabels[action as ledger.RectificationAction] ?? action),
    fromState: t.fromState,
    toState: t.toState,
    toStateLabel: ledger.findingState.labels[t.toState as ledger.FindingState] ?? t.toState,
    deadlineBefore: t.deadlineBefore,
    deadlineAfter: t.deadlineAfter,
    note: t.note,
    actorName: t.actorName,
    actorParty: t.actorParty,
    evidenceIds: t.evidenceIds,
    at: t.at.toISOString(),
  };
}

export function presentEvidence(e: EvidenceRecord) {
  return {
    id: e.id,
    transitionId: e.transitionId,
    fileName: e.fileName,
    contentType: e.contentType,
    size: e.size,
    sha256: e.sha256,
    hasThumbnail: Boolean(e.hasThumbnail),
    uploaderName: e.uploaderName,
    uploadedAt: e.uploadedAt.toISOString(),
  };
}
