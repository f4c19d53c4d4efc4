// A component written the way the streamlit-component-lib template writes
// them (CHECKLIST COMP-13): a StreamlitComponentBase wrapped in
// withStreamlitConnection, which does the componentReady handshake, turns
// `dfs` into ArrowTables and calls setFrameHeight after every render. It
// shows what it received and sends values back on clicks.
import React from "react";
import ReactDOM from "react-dom";
import { Streamlit, StreamlitComponentBase, withStreamlitConnection } from "streamlit-component-lib";

class Probe extends StreamlitComponentBase {
  constructor(props) {
    super(props);
    this.state = { clicks: 0 };
  }

  render() {
    const { args, theme, disabled, width } = this.props;
    const ships = args.ships; // an ArrowTable: a header row and an index column around the data
    const cell = (r, c) => String(ships.getCell(r, c).content);
    return (
      <div style={{ height: `${args.box}px`, overflow: "hidden", fontFamily: theme.font }}>
        <p id="greeting">Hello, {args.name}!</p>
        <p id="table">
          {`rows=${ships.dataRows} cols=${ships.dataColumns} header=${cell(0, 1)}/${cell(0, 2)} ` +
            `row1=${cell(2, 0)}:${cell(2, 1)}:${cell(2, 2)}`}
        </p>
        <p id="theme">{`base=${theme.base} primaryColor=${theme.primaryColor}`}</p>
        <p id="disabled">{`disabled=${disabled}`}</p>
        <p id="width">{`width=${width}`}</p>
        <button
          disabled={disabled}
          onClick={() => {
            const clicks = this.state.clicks + 1;
            this.setState({ clicks });
            Streamlit.setComponentValue({ clicks, name: args.name });
          }}
        >
          Send object
        </button>
        <button disabled={disabled} onClick={() => Streamlit.setComponentValue(ships)}>
          Send table
        </button>
        <button disabled={disabled} onClick={() => Streamlit.setComponentValue(new Uint8Array([7, 8, 9]))}>
          Send bytes
        </button>
      </div>
    );
  }
}

ReactDOM.render(React.createElement(withStreamlitConnection(Probe)), document.getElementById("root"));
