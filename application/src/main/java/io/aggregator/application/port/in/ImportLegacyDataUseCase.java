package io.aggregator.application.port.in;

/**
 * Copies the single-tenant system's data into this server, one transaction per tenant, and checks
 * the copy; a second run adds nothing that is already here.
 */
public interface ImportLegacyDataUseCase {

    LegacyImportReport importLegacyData();
}
