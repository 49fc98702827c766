package io.atumdesk.change;

/** The post-implementation review's verdict on whether the change met its objectives. */
public enum ReviewResult {
  OBJECTIVES_MET,
  PARTIALLY_MET,
  NOT_MET
}
