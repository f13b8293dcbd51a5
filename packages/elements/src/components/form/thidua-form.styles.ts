import { baseStyles } from './styles/base.styles.js';
import { buttonStyles } from './styles/buttons.styles.js';
import { contentsStyles } from './styles/contents.styles.js';
import { fieldStyles } from './styles/fields.styles.js';
import { groupStyles } from './styles/groups.styles.js';
import { narrowStyles } from './styles/narrow.styles.js';
import { noticeStyles } from './styles/notices.styles.js';
import { reviewStyles } from './styles/review.styles.js';
import { undoStyles } from './styles/undo.styles.js';

// Everything lives in the shadow root: no global styles go out, and page styles reach in only
// through the --thidua-* custom properties and ::part(). One sheet per concern, composed in
// this order: later sheets win over earlier ones as later rules of one sheet would.
export const styles = [baseStyles, fieldStyles, groupStyles, buttonStyles, noticeStyles, reviewStyles, undoStyles, contentsStyles, narrowStyles];
