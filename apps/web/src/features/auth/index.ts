/** The auth feature's public surface: what pages, layouts and the router may use. */
export { fetchMe, login, logout, meQueryOptions, register, updateMyLocale, useLogin, useLogout, useMe, useRegister } from './api/auth.api';
export { LoginPage } from './components/login-page';
export { RegisterPage } from './components/register-page';
export { CurrentUserProvider, useCurrentUser } from './hooks/current-user';
export { useSession } from './hooks/use-session';
export { AcceptInvitationPage } from './components/accept-invitation-page';
