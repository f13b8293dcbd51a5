// Registers <thidua-form>. Importing the class alone (from the package root) registers nothing.
import { ThiduaForm } from '../components/form/thidua-form.component.js';
import { defineElement } from '../internal/define.js';

defineElement('thidua-form', ThiduaForm);

export { ThiduaForm };

declare global {
  interface HTMLElementTagNameMap {
    'thidua-form': ThiduaForm;
  }
}
