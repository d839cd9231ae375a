import { Role } from '@pos/shared';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { LoginPage, RegisterPage } from '../features/auth';
import { AdminHomePage } from '../pages/admin-home.page';
import { ConsoleHomePage } from '../pages/console-home.page';
import { ConsoleStaffPage } from '../pages/console-staff.page';
import { MerchantHomePage } from '../pages/merchant-home.page';
import { NotFoundPage } from '../pages/not-found.page';
import { AdminLayout } from './layouts/admin-layout';
import { ConsoleLayout } from './layouts/console-layout';
import { MerchantLayout } from './layouts/merchant-layout';
import { GuestOnly, HomeRedirect, RequireArea, RequireRole, SessionGate } from './route-guards';
import { RouteErrorPage } from './route-error';

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
      {
        path: 'merchant',
        element: (
          <RequireArea area="merchant">
            <MerchantLayout />
          </RequireArea>
        ),
        children: [
          { index: true, element: <MerchantHomePage /> },
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
