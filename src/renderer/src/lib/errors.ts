// The one error-to-message helper lives with the error kinds in src/shared.
export { errorKind, errorMessage } from '../../../shared/errors'
