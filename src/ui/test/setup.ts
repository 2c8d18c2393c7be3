import { MotionGlobalConfig } from 'motion/react';

// happy-dom implements element.animate(); motion's cancelled WAAPI animations then reject
// with AbortError and fail the run. Tests check structure, not motion.
MotionGlobalConfig.skipAnimations = true;
