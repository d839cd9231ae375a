/** Prevention: inspections, cashier training, the emergency plan and the customer reminder sign. */
export * from '../contracts/prevention.contract.js';
export * from './training-content.js';
