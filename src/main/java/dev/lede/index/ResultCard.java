package dev.lede.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a suggestion shows of an article (its {@link Ranker#RESULT_FIELDS}), kept beside the
 * stored fields as a binary doc value ({@link Documents#CARD}) on embedded indexes.
 *
 * <p>Why: Lucene compresses stored fields in blocks of many documents, so reading a suggestion's
 * title decompresses the bodies stored around it; at 10k articles that was a sixth of a related
 * query's time. Lucene's binary doc values are not compressed: a card is read as it was written.
 * An article indexed before cards, or whose card would be over {@link #MAX_BYTES}, has none and
 * is read from its stored fields. SolrCloud does not keep cards. Stateless and thread-safe.
 */
final class ResultCard {

  /** The largest card kept, in bytes; a longer one (a title of megabytes) is left out. */
  static final int MAX_BYTES = 32 * 1024;

  /** The fields a card holds, in the order of their codes: {@link Ranker#RESULT_FIELDS}. */
  static final List<String> FIELDS = List.of(Documents.ID, Documents.TITLE,
      Documents.URL, Documents.SECTION, Documents.BYLINE, Documents.PUBLISHED,
      Documents.ENTITY_STORED);

  private ResultCard() {}

  /**
   * The card of a document about to be indexed: its stored values of the result fields, in
   * document order, or {@code null} if it would be over {@link #MAX_BYTES}.
   */
  static BytesRef encode(Document d) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    for (IndexableField f : d.getFields()) {
      int code = FIELDS.indexOf(f.name());
      if (code >= 0 && f.fieldType().stored() && f.stringValue() != null) {
        out.writeByte((byte) code);
        out.writeString(f.stringValue());
      }
    }
    return out.size() > MAX_BYTES ? null : new BytesRef(out.toArrayCopy());
  }

  /** The result fields a card holds, as stored fields of a document, in their order. */
  static Document decode(BytesRef card) throws IOException {
    Document d = new Document();
    ByteArrayDataInput in = new ByteArrayDataInput(card.bytes, card.offset, card.length);
    while (!in.eof()) {
      String field = FIELDS.get(in.readByte());
      d.add(new StoredField(field, in.readString()));
    }
    return d;
  }

  /**
   * The document's card, or {@code null} if it has none (indexed before cards, or too long).
   *
   * @param doc a top-level document id of the reader
   */
  static Document read(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    BinaryDocValues cards = leaf.reader().getBinaryDocValues(Documents.CARD);
    return cards != null && cards.advanceExact(doc - leaf.docBase)
        ? decode(cards.binaryValue()) : null;
  }
}
