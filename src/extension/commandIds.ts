/** Every command the extension registers; package.json `contributes.commands` lists the same ids (a host test checks both ways). */
export const COMMAND = {
  scanWorkspace: 'openaiPrivacyLens.scanWorkspace',
  exportReport: 'openaiPrivacyLens.exportReport',
  cancelScan: 'openaiPrivacyLens.cancelScan',
  showPolicyTable: 'openaiPrivacyLens.showPolicyTable',
  openDetail: 'openaiPrivacyLens.openDetail',
  openRuleDocs: 'openaiPrivacyLens.openRuleDocs',
  insertSuppression: 'openaiPrivacyLens.insertSuppression',
  createProfile: 'openaiPrivacyLens.createProfile',
  groupFindingsBy: 'openaiPrivacyLens.groupFindingsBy',
  filterFindings: 'openaiPrivacyLens.filterFindings',
  clearFindingsFilter: 'openaiPrivacyLens.clearFindingsFilter',
  showOutput: 'openaiPrivacyLens.showOutput',
} as const;

export type CommandId = (typeof COMMAND)[keyof typeof COMMAND];

export const VIEW = {
  policy: 'openaiPrivacyLens.policy',
  findings: 'openaiPrivacyLens.findings',
} as const;

export const CONTEXT_KEY = {
  scanning: 'openaiPrivacyLens.scanning',
  hasScan: 'openaiPrivacyLens.hasScan',
  findingsFiltered: 'openaiPrivacyLens.findingsFiltered',
} as const;

/** What `openDetail` can show. */
export interface DetailTarget {
  kind: 'topic' | 'claim' | 'endpoint' | 'rule' | 'table';
  id: string;
}
