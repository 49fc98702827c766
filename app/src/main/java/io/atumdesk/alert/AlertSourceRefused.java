package io.atumdesk.alert;

/** A delivery whose source is unknown or whose secret or signature does not match: a 401. */
public class AlertSourceRefused extends RuntimeException {

  public AlertSourceRefused(String sourceId) {
    super(
        "Alert source '%s' refused: send its secret as 'Authorization: Bearer <secret>', or sign"
                .formatted(sourceId)
            + " the body with it (X-Atum-Timestamp, X-Atum-Signature: sha256=<hex>).");
  }
}
