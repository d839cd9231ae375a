import { Role } from '@pos/shared';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AcceptInvitationPage, LoginPage, RegisterPage } from '../features/auth';
import { AuditLogPage, CalendarAdminPage, ProvidersAdminPage } from '../features/platform-admin';
import { FeeCalculatorPage } from '../features/providers';
import { AdminHomePage } from '../pages/admin-home.page';
import { AdminMailboxPage } from '../pages/admin-mailbox.page';
import { AdminReviewPage } from '../pages/admin-review.page';
import { AdminReviewQueuePage } from '../pages/admin-review-queue.page';
import { AdminTroubleshootingTreePage } from '../pages/admin-troubleshooting-tree.page';
import { AdminTroubleshootingPage } from '../pages/admin-troubleshooting.page';
import { AdminWebhooksPage } from '../pages/admin-webhooks.page';
import { AgreementPage } from '../pages/agreement.page';
import { ApplicationPage } from '../pages/application.page';
import { ConsoleHomePage } from '../pages/console-home.page';
import { ConsoleInstallationsPage } from '../pages/console-installations.page';
import { ConsoleJobPage } from '../pages/console-job.page';
import { ConsoleJobsPage } from '../pages/console-jobs.page';
import { ConsoleAgreementsPage } from '../pages/console-agreements.page';
import { ConsoleAnalyticsPage } from '../pages/console-analytics.page';
import { ConsoleProviderSettingsPage } from '../pages/console-provider-settings.page';
import { ConsoleReviewPage } from '../pages/console-review.page';
import { ConsoleReviewQueuePage } from '../pages/console-review-queue.page';
import { ConsoleStaffPage } from '../pages/console-staff.page';
import { ConsoleTerminalsPage } from '../pages/console-terminals.page';
import { ConsoleTicketPage } from '../pages/console-ticket.page';
import { ConsoleTicketsPage } from '../pages/console-tickets.page';
import { ConsoleVisitsPage } from '../pages/console-visits.page';
import { ConsoleWebhooksPage } from '../pages/console-webhooks.page';
import { ConsoleInspectionPage } from '../pages/console-inspection.page';
import { ConsoleInspectionsPage } from '../pages/console-inspections.page';
import { MerchantHomePage } from '../pages/merchant-home.page';
import { MerchantPreventionPage } from '../pages/merchant-prevention.page';
import { MerchantTrainingModulePage } from '../pages/merchant-training-module.page';
import { MerchantTerminalsPage } from '../pages/merchant-terminals.page';
import { MerchantTicketNewPage } from '../pages/merchant-ticket-new.page';
import { MerchantTicketPage } from '../pages/merchant-ticket.page';
import { MerchantTicketsPage } from '../pages/merchant-tickets.page';
import { MerchantTroubleshootSessionPage } from '../pages/merchant-troubleshoot-session.page';
import { MerchantTroubleshootPage } from '../pages/merchant-troubleshoot.page';
import { NotFoundPage } from '../pages/not-found.page';
import { NotificationsPage } from '../pages/notifications.page';
import { ProviderComparePage } from '../pages/provider-compare.page';
import { ProviderDetailPage } from '../pages/provider-detail.page';
import { ProvidersPage } from '../pages/providers.page';
import { VerifyPage } from '../pages/verify.page';
import { AdminLayout } from './layouts/admin-layout';
import { ConsoleLayout } from './layouts/console-layout';
import { MerchantLayout } from './layouts/merchant-layout';
import { PublicLayout } from './layouts/public-layout';
import { GuestOnly, HomeRedirect, RequireArea, RequireRole, SessionGate } from './route-guards';
import { RouteErrorPage } from './route-error';

/** The provider marketplace under `basePath`: public at /providers, and again inside the merchant portal. */
function marketplaceRoutes(basePath: string): RouteObject[] {
  return [
    { index: true, element: <ProvidersPage basePath={basePath} /> },
    { path: 'compare', element: <ProviderComparePage basePath={basePath} /> },
    { path: 'fee-calculator', element: <FeeCalculatorPage /> },
    { path: ':providerId', element: <ProviderDetailPage basePath={basePath} /> },
  ];
}

/** Every route of the app; exported so tests can mount it in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <SessionGate />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        element: <GuestOnly />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'register', element: <RegisterPage /> },
        ],
      },
      // Opened from an invitation email; works whether or not someone is signed in on this browser.
      { children: [{ path: 'accept-invitation', element: <AcceptInvitationPage /> }] },
      {
        // The public marketplace: no sign-in needed to browse, compare and estimate fees.
        element: <PublicLayout />,
        children: [
          { path: 'providers', children: marketplaceRoutes('/providers') },
          // Anyone holding an agreement PDF may check it, signed in or not.
          { path: 'verify', element: <VerifyPage /> },
        ],
      },
      {
        path: 'merchant',
        element: (
          <RequireArea area="merchant">
            <MerchantLayout />
          </RequireArea>
        ),
        children: [
          { index: true, element: <MerchantHomePage /> },
          { path: 'providers', children: marketplaceRoutes('/merchant/providers') },
          { path: 'applications/:applicationId', element: <ApplicationPage /> },
          { path: 'applications/:applicationId/agreement', element: <AgreementPage /> },
          { path: 'verify', element: <VerifyPage /> },
          { path: 'terminals', element: <MerchantTerminalsPage /> },
          { path: 'troubleshoot', element: <MerchantTroubleshootPage /> },
          { path: 'troubleshoot/:sessionId', element: <MerchantTroubleshootSessionPage /> },
          { path: 'tickets', element: <MerchantTicketsPage /> },
          { path: 'tickets/new', element: <MerchantTicketNewPage /> },
          { path: 'tickets/:ticketId', element: <MerchantTicketPage /> },
          { path: 'prevention', element: <MerchantPreventionPage /> },
          { path: 'prevention/training/:module', element: <MerchantTrainingModulePage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: 'console',
        element: (
          <RequireArea area="console">
            <ConsoleLayout />
          </RequireArea>
        ),
        children: [
          { index: true, element: <ConsoleHomePage /> },
          {
            path: 'staff',
            element: (
              <RequireRole roles={[Role.PROVIDER_ADMIN]}>
                <ConsoleStaffPage />
              </RequireRole>
            ),
          },
          {
            path: 'provider-settings',
            element: (
              <RequireRole roles={[Role.PROVIDER_ADMIN]}>
                <ConsoleProviderSettingsPage />
              </RequireRole>
            ),
          },
          {
            path: 'review-queue',
            element: (
              <RequireRole roles={[Role.REVIEWER, Role.PROVIDER_ADMIN]}>
                <ConsoleReviewQueuePage />
              </RequireRole>
            ),
          },
          {
            path: 'applications/:applicationId',
            element: (
              <RequireRole roles={[Role.REVIEWER, Role.PROVIDER_ADMIN]}>
                <ConsoleReviewPage />
              </RequireRole>
            ),
          },
          {
            path: 'agreements',
            element: (
              <RequireRole roles={[Role.REVIEWER, Role.PROVIDER_ADMIN]}>
                <ConsoleAgreementsPage />
              </RequireRole>
            ),
          },
          {
            // One route with an optional id, so opening and closing the dispatch drawer keeps the list mounted.
            path: 'installations/:installationId?',
            element: (
              <RequireRole roles={[Role.PROVIDER_ADMIN, Role.SUPPORT]}>
                <ConsoleInstallationsPage />
              </RequireRole>
            ),
          },
          {
            path: 'jobs',
            element: (
              <RequireRole roles={[Role.TECHNICIAN]}>
                <ConsoleJobsPage />
              </RequireRole>
            ),
          },
          {
            path: 'jobs/:jobId',
            element: (
              <RequireRole roles={[Role.TECHNICIAN]}>
                <ConsoleJobPage />
              </RequireRole>
            ),
          },
          {
            path: 'tickets',
            element: (
              <RequireRole roles={[Role.SUPPORT, Role.PROVIDER_ADMIN]}>
                <ConsoleTicketsPage />
              </RequireRole>
            ),
          },
          {
            path: 'tickets/:ticketId',
            element: (
              <RequireRole roles={[Role.SUPPORT, Role.PROVIDER_ADMIN]}>
                <ConsoleTicketPage />
              </RequireRole>
            ),
          },
          {
            path: 'visits',
            element: (
              <RequireRole roles={[Role.TECHNICIAN]}>
                <ConsoleVisitsPage />
              </RequireRole>
            ),
          },
          {
            path: 'webhooks',
            element: (
              <RequireRole roles={[Role.PROVIDER_ADMIN]}>
                <ConsoleWebhooksPage />
              </RequireRole>
            ),
          },
          {
            path: 'analytics',
            element: (
              <RequireRole roles={[Role.PROVIDER_ADMIN, Role.REVIEWER, Role.SUPPORT]}>
                <ConsoleAnalyticsPage />
              </RequireRole>
            ),
          },
          {
            path: 'inspections',
            element: (
              <RequireRole roles={[Role.TECHNICIAN, Role.SUPPORT, Role.PROVIDER_ADMIN]}>
                <ConsoleInspectionsPage />
              </RequireRole>
            ),
          },
          {
            path: 'inspections/:terminalId',
            element: (
              <RequireRole roles={[Role.TECHNICIAN]}>
                <ConsoleInspectionPage />
              </RequireRole>
            ),
          },
          { path: 'terminals', element: <ConsoleTerminalsPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: 'admin',
        element: (
          <RequireArea area="admin">
            <AdminLayout />
          </RequireArea>
        ),
        children: [
          { index: true, element: <AdminHomePage /> },
          { path: 'review-queue', element: <AdminReviewQueuePage /> },
          { path: 'applications/:applicationId', element: <AdminReviewPage /> },
          { path: 'troubleshooting', element: <AdminTroubleshootingPage /> },
          { path: 'troubleshooting/:category', element: <AdminTroubleshootingTreePage /> },
          { path: 'providers', element: <ProvidersAdminPage /> },
          { path: 'calendar', element: <CalendarAdminPage /> },
          { path: 'audit', element: <AuditLogPage /> },
          { path: 'mailbox', element: <AdminMailboxPage /> },
          { path: 'webhooks', element: <AdminWebhooksPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
