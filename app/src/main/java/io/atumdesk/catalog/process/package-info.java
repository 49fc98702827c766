/** The catalog's adapter to the process engine: deployed fulfilment processes and open steps. */
package io.atumdesk.catalog.process;
