# Asciidoctor extension for the man pages (see the asciidoctor-maven-plugin in pom.xml). It makes
# the troff that Asciidoctor's manpage backend writes pass `mandoc -T lint` and `groff -ww`, and
# read the same whatever the reader's locale:
# - the title line carries the date given as the revdate attribute (the pom's man.date);
# - every character outside ASCII is written as a groff escape, \[uXXXX], so that no reader has to
#   guess the file's encoding (man under LANG=C read the raw UTF-8 as Latin-1); a device without a
#   glyph for it (groff -Tascii, -Tps) shows <U+XXXX> instead of dropping it;
# - the groff-only block that loads www.tmac for link styles goes (the pages have no links, and
#   mandoc refuses its `mso` request);
# - the `.sp` Asciidoctor writes right after each section heading goes (it does nothing there).
require 'asciidoctor/extensions'

Asciidoctor::Extensions.register do
  postprocessor do
    process do |doc, output|
      next output unless doc.backend == 'manpage'
      lines = output.lines
      text = []
      skipping = false
      after_heading = false
      lines.each do |line|
        if skipping
          skipping = false if line.start_with?('.\\}')
          next
        end
        if line.start_with?('.if \\n[.g] \\{\\')
          skipping = true
          next
        end
        next if after_heading && line.chomp == '.sp'
        after_heading = line.start_with?('.SH ', '.SS ')
        text << line
      end
      used = []
      escaped = text.join.gsub(/[^\x00-\x7F]/) do |c|
        code = format('%04X', c.ord)
        used << code
        "\\[u#{code}]"
      end
      fallbacks = used.uniq.sort.map { |code| ".if !c\\[u#{code}] .char \\[u#{code}] <U+#{code}>\n" }
      # The date: the manpage backend writes none when the build is reproducible.
      date = doc.attr 'revdate'
      escaped = escaped.sub(/^(\.TH "[^"]*" "[^"]*" )""/) { %(#{$1}"#{date}") } if date
      # The fallbacks go right after the title line, before any text uses them.
      escaped.sub(/^\.TH .*\n/) { |th| th + fallbacks.join }
    end
  end
end
