import app from 'app';
import shared from 'shared';
export const deepResult = shared + ' / app: ' + app.sharedSeen;
