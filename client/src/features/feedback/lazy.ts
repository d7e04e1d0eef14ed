import { lazy } from 'react';

// The citizen-feedback pages, each its own chunk like the others (shared/lazyPages.ts): the public survey form on a
// phone loads neither the dashboard's other pages nor ECharts.
export const IkmOverviewPage = lazy(() => import('./IkmOverviewPage').then(m => ({ default: m.IkmOverviewPage })));
export const ServiceUnitsPage = lazy(() => import('./ServiceUnitsPage').then(m => ({ default: m.ServiceUnitsPage })));
export const ServiceUnitPage = lazy(() => import('./ServiceUnitPage').then(m => ({ default: m.ServiceUnitPage })));
export const PosterPage = lazy(() => import('./PosterPage').then(m => ({ default: m.PosterPage })));
export const PublicSurveyPage = lazy(() => import('./PublicSurveyPage').then(m => ({ default: m.PublicSurveyPage })));
