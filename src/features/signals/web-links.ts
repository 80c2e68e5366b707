/** Paths in the web app where a person acts on a signal or an agenda item. */
export const webLinks = {
  signals: (networkId: string) => `/networks/${networkId}/signals`,
  rounds: (networkId: string) => `/networks/${networkId}/rounds`,
  roundResults: (networkId: string, roundId: string) => `/networks/${networkId}/rounds/${roundId}/results`,
  agreement: (networkId: string, agreementId: string) => `/networks/${networkId}/agreements/${agreementId}`,
  differences: (networkId: string) => `/networks/${networkId}/differences`,
  difference: (networkId: string, differenceId: string) => `/networks/${networkId}/differences/${differenceId}`,
  story: (networkId: string, storyId: string) => `/networks/${networkId}/stories/${storyId}`,
  steps: (networkId: string) => `/networks/${networkId}/steps`,
  decision: (networkId: string, sessionId: string | null, decisionId: string) =>
    sessionId ? `/networks/${networkId}/sessions/${sessionId}#decision-${decisionId}` : `/networks/${networkId}/decisions`,
  request: (networkId: string, requestId: string) => `/networks/${networkId}/requests/${requestId}`,
  valueMap: (networkId: string) => `/networks/${networkId}/value-map`,
};
