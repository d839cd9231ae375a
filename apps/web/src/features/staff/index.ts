export { fetchStaff, staffQueryOptions, useStaff, type StaffListResponse, type StaffMember } from './api/staff.api';
export { StaffPage } from './components/staff-page';
