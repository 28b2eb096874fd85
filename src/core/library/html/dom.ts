// The little of the DOM the importer reads, typed here: core code runs in Node without the DOM library,
// and linkedom's documents (and a browser's) fit these shapes.
import { parseHTML } from 'linkedom'

export interface DomNode {
  nodeType: number
  nodeValue: string | null
  textContent: string | null
  childNodes: Iterable<DomNode>
}

export interface DomElement extends DomNode {
  localName: string
  getAttribute(name: string): string | null
}

export interface DomDocument {
  title: string
  documentElement: DomElement | null
  body: DomElement | null
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): Iterable<DomElement>
}

export const parseDocument = (html: string): DomDocument => parseHTML(html).document as unknown as DomDocument
