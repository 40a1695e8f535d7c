package io.aggregator.adapter.http;

import io.aggregator.application.port.in.AuthenticateUseCase;
import io.aggregator.application.port.in.CheckReadinessUseCase;
import io.aggregator.application.port.in.ManageFaqsUseCase;
import io.aggregator.application.port.in.ManageIntegrationUseCase;
import io.aggregator.application.port.in.ManageOutboxUseCase;
import io.aggregator.application.port.in.ReceiveAiAnswerUseCase;
import io.aggregator.application.port.in.ManageBotSettingsUseCase;
import io.aggregator.application.port.in.ManageChatsUseCase;
import io.aggregator.application.port.in.MatchFaqsUseCase;
import io.aggregator.application.port.in.ReceiveCustomerMessageUseCase;
import io.aggregator.application.port.in.ManageIntegrationKeysUseCase;
import io.aggregator.application.port.in.ManageTenantSettingsUseCase;
import io.aggregator.application.port.in.ManageTenantsUseCase;
import io.aggregator.application.port.in.ManageUsersUseCase;
import io.aggregator.application.port.in.ReadDashboardUseCase;
import io.aggregator.application.port.in.ReadInboxUseCase;
import io.aggregator.application.port.in.ReadTenantOverviewUseCase;

/** The use cases the HTTP API serves. */
public record ApiServices(CheckReadinessUseCase readiness, AuthenticateUseCase authentication,
                          ManageTenantsUseCase tenants, ManageTenantSettingsUseCase settings,
                          ManageFaqsUseCase faqs, ManageUsersUseCase users,
                          ManageIntegrationKeysUseCase integrationKeys, ManageBotSettingsUseCase botSettings,
                          ReceiveCustomerMessageUseCase inbound, ManageChatsUseCase chats, MatchFaqsUseCase faqMatches,
                          ReadInboxUseCase inbox, ManageIntegrationUseCase integration, ManageOutboxUseCase outbox,
                          ReceiveAiAnswerUseCase aiAnswers, ReadTenantOverviewUseCase overview,
                          ReadDashboardUseCase dashboard) {
}
