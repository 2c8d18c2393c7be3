/** motion's DOM features with layout animations, split into a lazily loaded chunk. */
import { domMax } from 'motion/react';

export default domMax;
