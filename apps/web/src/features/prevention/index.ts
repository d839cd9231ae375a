/** Prevention: inspections (console), cashier training, the emergency plan and the reminder sign (merchant). */
export { inspectionsDueQueryOptions, useInspectionsDue } from './api/inspections.api';
export { InspectionForm, InspectionWorkspace } from './components/inspection-form';
export { InspectionsDue } from './components/inspections-due';
export { PreventionCentre } from './components/prevention-centre';
export { TrainingModulePage } from './components/training-module';
